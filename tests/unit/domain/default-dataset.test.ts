import { loadDefaultDataset } from '../../../src/data/default-dataset';
import type { Paper } from '../../../src/domain/model';

const dataset = loadDefaultDataset();

function countBy(papers: Paper[], key: (paper: Paper) => string | undefined): Record<string, number> {
  const counts: Record<string, number> = {};

  for (const paper of papers) {
    const value = key(paper) ?? 'none';
    counts[value] = (counts[value] ?? 0) + 1;
  }

  return counts;
}

function findPaper(title: string): Paper | undefined {
  return dataset.papers.find((paper) => paper.title === title);
}

describe('loadDefaultDataset', () => {
  it('describes the shipped profile', () => {
    expect(dataset.id).toBe('default');
    expect(dataset.name).toBe('Changyu Chen (default profile)');
    expect(dataset.source).toEqual({ format: 'profile-text', fileName: 'changyu-chen.txt' });
  });

  it('reads the profile header', () => {
    expect(dataset.profile).toEqual({
      name: 'Changyu Chen',
      primaryCategory: 'LG',
      reported: { hIndex: 41, paperCount: 19, citations: 1430, noveltyPercent: 55, aiScore: 57 },
      capturedOn: '2026-12-04',
    });
  });

  it('has no warnings', () => {
    expect(dataset.warnings).toEqual([]);
  });

  it('has 19 papers in source order', () => {
    expect(dataset.papers).toHaveLength(19);
    expect(dataset.papers.map((paper) => paper.sourceIndex)).toEqual([...Array(19).keys()]);
  });

  it('counts papers per category', () => {
    expect(countBy(dataset.papers, (paper) => paper.category)).toEqual({ LG: 10, CL: 8, AI: 1 });
  });

  it('counts papers per publication year', () => {
    const years = countBy(dataset.papers, (paper) => paper.published?.slice(0, 4));

    expect(years).toEqual({ '2022': 1, '2023': 4, '2024': 7, '2025': 5, '2026': 2 });
  });

  it('dates every paper to the day', () => {
    expect(dataset.papers.every((paper) => paper.datePrecision === 'day')).toBe(true);
  });

  it('marks six papers with code', () => {
    const papersWithCode = dataset.papers.filter((paper) => paper.hasCode);

    expect(papersWithCode).toHaveLength(6);
    expect(papersWithCode.every((paper) => paper.codeUrl?.startsWith('https://github.com/'))).toBe(true);
  });

  it('scores exactly two papers', () => {
    const scored = dataset.papers
      .filter((paper) => paper.score !== undefined)
      .map((paper) => ({ score: paper.score, published: paper.published }));

    expect(scored).toEqual([
      { score: 48.4, published: '2026-06-03' },
      { score: 97.5, published: '2026-05-25' },
    ]);
  });

  it('has one affiliation, gatech', () => {
    const withAffiliations = dataset.papers.filter((paper) => paper.affiliations.length > 0);

    expect(withAffiliations).toHaveLength(1);
    expect(withAffiliations[0]?.affiliations).toEqual(['gatech']);
  });

  it('cuts 17 author lists with et al.', () => {
    expect(dataset.papers.filter((paper) => paper.authorsTruncated)).toHaveLength(17);
  });

  it('links every paper to arXiv', () => {
    for (const paper of dataset.papers) {
      expect(paper.arxivId, paper.title).toMatch(/^\d{4}\.\d{5}$/);
      expect(paper.id, paper.title).toBe(`arxiv:${paper.arxivId}`);
      expect(paper.arxivUrl, paper.title).toBe(`https://arxiv.org/abs/${paper.arxivId}`);
      expect(paper.fullAuthors?.length, paper.title).toBeGreaterThanOrEqual(paper.authors.length);
    }
  });

  it('gives every paper a distinct id', () => {
    expect(new Set(dataset.papers.map((paper) => paper.id)).size).toBe(19);
  });

  it('pins the scored 2026 paper', () => {
    const title =
      'Probing Outcome-Level Resemblance and Mechanism-Level Alignment in LLM Risk Decisions: Evidence from the St. Petersburg Game';

    expect(findPaper(title)).toEqual({
      id: 'arxiv:2606.04978',
      title,
      authors: ['Chensong Huang', 'Changyu Chen', 'Chenwei Lin'],
      authorsTruncated: true,
      fullAuthors: ['Chensong Huang', 'Changyu Chen', 'Chenwei Lin', 'Hanjia Lyu', 'Xian Xu', 'Jiebo Luo'],
      affiliations: [],
      category: 'CL',
      published: '2026-06-03',
      datePrecision: 'day',
      score: 48.4,
      hasCode: false,
      arxivId: '2606.04978',
      arxivUrl: 'https://arxiv.org/abs/2606.04978',
      abstract:
        'LLMs can appear cautious in risk decision-making tasks, yet cautious-looking outputs do not necessarily indicate alignment with human decision-making mechanisms. We investigate this distinction using the St. Petersburg game as a controlled testbed, a classical paradox in which the expected payoff is infinite, yet humans typically report low, finite willingness to pay. We evaluate 28 LLMs with a structured prompt suite that includes the original game; controlled decision variants that perturb truncation, repeated play, numeric endowment, and occupational identity; a human-perspective prompt that asks models to reason as human decision makers; and paired comparisons between base models and their instruction-tuned counterparts. In the original game, most models generate finite bids, creating the appearance of human-like risk behavior. However, this outcome-level resemblance masks substantial mechanism-level differences. The controlled variants reveal that rather than maintaining human-like behavior seen in the original game, models often shift to conditionally and computationally rational behavior. Human-cue prompting and instruction tuning often lower bids and reduce some visible pathologies, but most mechanism-level response patterns remain largely unchanged. These findings show that behavioral alignment in risk decision-making can be surface-level: LLMs may produce human-like risk decisions without exhibiting human-consistent mechanisms. High-stakes evaluations of LLM decision-making should therefore move beyond outcome similarity and examine whether the alignment is supported by mechanism-level consistency.',
      sourceIndex: 0,
    });
  });

  it('pins the gatech paper', () => {
    const title = 'Semi-Offline Reinforcement Learning for Optimized Text Generation';

    expect(findPaper(title)).toEqual({
      id: 'arxiv:2306.09712',
      title,
      authors: ['Changyu Chen', 'Xiting Wang', 'Yiqiao Jin'],
      authorsTruncated: true,
      fullAuthors: [
        'Changyu Chen',
        'Xiting Wang',
        'Yiqiao Jin',
        'Victor Ye Dong',
        'Li Dong',
        'Jie Cao',
        'Yi Liu',
        'Rui Yan',
      ],
      affiliations: ['gatech'],
      category: 'LG',
      published: '2023-06-16',
      datePrecision: 'day',
      hasCode: false,
      arxivId: '2306.09712',
      arxivUrl: 'https://arxiv.org/abs/2306.09712',
      abstract:
        'In reinforcement learning (RL), there are two major settings for interacting with the environment: online and offline. Online methods explore the environment at significant time cost, and offline methods efficiently obtain reward signals by sacrificing exploration capability. We propose semi-offline RL, a novel paradigm that smoothly transits from offline to online settings, balances exploration capability and training cost, and provides a theoretical foundation for comparing different RL settings. Based on the semi-offline formulation, we present the RL setting that is optimal in terms of optimization cost, asymptotic error, and overfitting error bound. Extensive experiments show that our semi-offline approach is efficient and yields comparable or often better performance compared with state-of-the-art methods.',
      sourceIndex: 1,
    });
  });

  it('pins the R1-Zero paper with its code link', () => {
    const title = 'Understanding R1-Zero-Like Training: A Critical Perspective';

    expect(findPaper(title)).toEqual({
      id: 'arxiv:2503.20783',
      title,
      authors: ['Zichen Liu', 'Changyu Chen', 'Wenjun Li'],
      authorsTruncated: true,
      fullAuthors: [
        'Zichen Liu',
        'Changyu Chen',
        'Wenjun Li',
        'Penghui Qi',
        'Tianyu Pang',
        'Chao Du',
        'Wee Sun Lee',
        'Min Lin',
      ],
      affiliations: [],
      category: 'LG',
      published: '2025-03-26',
      datePrecision: 'day',
      hasCode: true,
      codeUrl: 'https://github.com/sail-sg/understand-r1-zero',
      arxivId: '2503.20783',
      arxivUrl: 'https://arxiv.org/abs/2503.20783',
      abstract:
        'DeepSeek-R1-Zero has shown that reinforcement learning (RL) at scale can directly enhance the reasoning capabilities of LLMs without supervised fine-tuning. In this work, we critically examine R1-Zero-like training by analyzing its two core components: base models and RL. We investigate a wide range of base models, including DeepSeek-V3-Base, to understand how pretraining characteristics influence RL performance. Our analysis reveals that DeepSeek-V3-Base already exhibit \'\'Aha moment\'\', while Qwen2.5 base models demonstrate strong reasoning capabilities even without prompt templates, suggesting potential pretraining biases. Additionally, we identify an optimization bias in Group Relative Policy Optimization (GRPO), which artificially increases response length (especially for incorrect outputs) during training. To address this, we introduce Dr. GRPO, an unbiased optimization method that improves token efficiency while maintaining reasoning performance. Leveraging these insights, we present a minimalist R1-Zero recipe that achieves 43.3% accuracy on AIME 2024 with a 7B base model, establishing a new state-of-the-art. Our code is available at https://github.com/sail-sg/understand-r1-zero.',
      sourceIndex: 3,
    });
  });
});
