import { chance, pickOne, randomInt, type Random } from './random';

const ADJECTIVES = ['Scalable', 'Robust', 'Efficient', 'Sparse', 'Adaptive', 'Interpretable', 'Federated', 'Causal',
  'Contrastive', 'Self-Supervised', 'Probabilistic', 'Differentiable', 'Hierarchical', 'Multilingual', 'Low-Rank',
  'Equivariant', 'Bayesian', 'Distributed', 'Provable', 'Lightweight', 'Pareto-Optimal', 'Zero-Shot'];
const METHODS = ['graph neural networks', 'transformers', 'diffusion models', 'kernel methods', 'mixture of experts',
  'reinforcement learning', 'convolutional networks', 'language models', 'variational inference', 'random features',
  'message passing', 'attention', 'gradient boosting', 'normalising flows', 'state-space models', 'spectral clustering',
  'contrastive learning', 'program synthesis', 'belief propagation', 'neural network pruning'];
const TASKS = ['retrieval', 'entity linking', 'protein folding', 'image segmentation', 'code generation',
  'anomaly detection', 'machine translation', 'motion planning', 'link prediction', 'speech recognition',
  'question answering', 'time-series forecasting', 'molecule generation', 'recommendation', 'theorem proving',
  'weather prediction', 'table understanding', 'citation recommendation', 'scene reconstruction', 'summarisation'];
const DOMAINS = ['scientific literature', 'medical imaging', 'low-resource languages', 'power grids', 'social networks',
  'autonomous driving', 'genomics', 'satellite imagery', 'legal documents', 'edge devices', 'robotics',
  'financial markets', 'chemistry', 'education', 'climate data', 'software repositories'];
const PROPERTIES = ['sample complexity', 'robustness', 'calibration', 'generalisation', 'convergence', 'fairness',
  'memorisation', 'stability', 'expressivity', 'privacy'];
const CONDITIONS = ['distribution shift', 'label noise', 'limited supervision', 'adversarial perturbations',
  'long contexts', 'missing data', 'tight memory budgets', 'non-stationary environments', 'class imbalance'];
const VERBS = ['improves', 'stabilises', 'accelerates', 'simplifies', 'regularises', 'compresses', 'explains'];
const NOUNS = ['representations', 'embeddings', 'decision boundaries', 'attention maps', 'latent spaces',
  'loss landscapes', 'training dynamics', 'error bounds', 'feature interactions', 'uncertainty estimates'];
const SYSTEM_NAMES = ['Aurora', 'Kestrel', 'Mosaic', 'Lumen', 'Tessera', 'Halcyon', 'Quarry', 'Verdant', 'Nimbus'];
// TeX fragments as arXiv titles and abstracts contain them; Pubscope cleans some and keeps real math as written.
const TEX_FRAGMENTS = ['$O(n \\log n)$', '$\\ell_1$', '8$\\%$', '\\emph{in situ}', '$k$-nearest'];

type Template = (random: Random) => string;

const TITLE_TEMPLATES: readonly Template[] = [
  (random) => `${pickOne(random, ADJECTIVES)} ${pickOne(random, METHODS)} for ${pickOne(random, TASKS)}`,
  (random) => `On the ${pickOne(random, PROPERTIES)} of ${pickOne(random, METHODS)} under ${pickOne(random, CONDITIONS)}`,
  (random) => `${pickOne(random, SYSTEM_NAMES)}: ${pickOne(random, ADJECTIVES)} ${pickOne(random, TASKS)} with ${pickOne(random, METHODS)}`,
  (random) => `Towards ${pickOne(random, ADJECTIVES).toLowerCase()} ${pickOne(random, TASKS)} in ${pickOne(random, DOMAINS)}`,
  (random) => `Learning ${pickOne(random, NOUNS)} from ${pickOne(random, DOMAINS)} via ${pickOne(random, METHODS)}`,
];

const TITLE_EXTENSIONS: readonly Template[] = [
  (random) => ` in ${pickOne(random, DOMAINS)}`,
  (random) => ` under ${pickOne(random, CONDITIONS)}`,
  (random) => `: ${pickOne(random, ['A Study', 'A Benchmark', 'Theory and Practice', 'Lessons Learned'])} of ${pickOne(random, NOUNS)}`,
  (random) => ` with ${pickOne(random, ADJECTIVES).toLowerCase()} ${pickOne(random, METHODS)}`,
  (random) => ` and ${pickOne(random, TASKS)}`,
];

const SENTENCES: readonly Template[] = [
  (random) => `We study ${pickOne(random, TASKS)} in ${pickOne(random, DOMAINS)}.`,
  (random) =>
    `Existing approaches based on ${pickOne(random, METHODS)} degrade under ${pickOne(random, CONDITIONS)}, and their ${pickOne(random, PROPERTIES)} is poorly understood.`,
  (random) =>
    `We propose ${pickOne(random, SYSTEM_NAMES)}, a ${pickOne(random, ADJECTIVES).toLowerCase()} method that ${pickOne(random, VERBS)} ${pickOne(random, NOUNS)} using ${pickOne(random, METHODS)}.`,
  (random) =>
    `Our analysis shows that ${pickOne(random, NOUNS)} learned by ${pickOne(random, METHODS)} carry most of the signal needed for ${pickOne(random, TASKS)}.`,
  (random) =>
    `Experiments on ${randomInt(random, 3, 14)} benchmarks show gains of ${randomInt(random, 1, 40)} points over strong baselines at a fraction of the cost.`,
  (random) =>
    `We prove a bound on the ${pickOne(random, PROPERTIES)} of the procedure that holds under ${pickOne(random, CONDITIONS)}.`,
  (random) =>
    `A case study in ${pickOne(random, DOMAINS)} illustrates how the method ${pickOne(random, VERBS)} ${pickOne(random, NOUNS)} in practice.`,
  (random) => `Ablations isolate the role of ${pickOne(random, NOUNS)} and of ${pickOne(random, METHODS)}.`,
  (random) => `The approach reaches a speed-up of ${randomInt(random, 2, 60)}x with an error below ${pickOne(random, TEX_FRAGMENTS)} in the worst case.`,
];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Cuts `text` to at most `maxLength` characters at a word boundary. */
function cutAtWord(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;

  const cut = text.lastIndexOf(' ', maxLength);
  return text.slice(0, cut > 0 ? cut : maxLength).replace(/[\s:,]+$/, '');
}

/** Builds a title of `minLength` to `maxLength` characters, with a TeX fragment in a few of them. */
export function buildTitle(random: Random, minLength: number, maxLength: number): string {
  const targetLength = randomInt(random, minLength, maxLength);
  let title = pickOne(random, TITLE_TEMPLATES)(random);
  if (chance(random, 0.03)) title += ` in ${pickOne(random, TEX_FRAGMENTS)} Time`;

  while (title.length < targetLength) title += pickOne(random, TITLE_EXTENSIONS)(random);
  title = cutAtWord(title, maxLength);

  // A cut can land below the minimum only after a very long last word; the padding keeps the length in range.
  while (title.length < minLength) title = cutAtWord(`${title} for ${pickOne(random, TASKS)}`, maxLength);
  return capitalise(title);
}

/** Builds an abstract of `minLength` to `maxLength` characters from whole sentences, the last one possibly cut. */
export function buildAbstract(random: Random, minLength: number, maxLength: number): string {
  const targetLength = randomInt(random, minLength, maxLength);
  const sentences: string[] = [];
  let length = -1;

  while (length < targetLength) {
    const sentence = pickOne(random, SENTENCES)(random);
    sentences.push(sentence);
    length += sentence.length + 1;
  }

  return cutAtWord(sentences.join(' '), maxLength);
}
