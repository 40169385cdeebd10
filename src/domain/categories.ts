/** Names of the arXiv subject classes that profile pages write as bare codes (`LG` for cs.LG). */
const CATEGORY_NAMES = new Map<string, string>(Object.entries({
  AI: 'Artificial Intelligence',
  AR: 'Hardware Architecture',
  CC: 'Computational Complexity',
  CE: 'Computational Engineering',
  CG: 'Computational Geometry',
  CL: 'Computation and Language',
  CR: 'Cryptography and Security',
  CV: 'Computer Vision',
  CY: 'Computers and Society',
  DB: 'Databases',
  DC: 'Distributed Computing',
  DL: 'Digital Libraries',
  DM: 'Discrete Mathematics',
  DS: 'Data Structures and Algorithms',
  ET: 'Emerging Technologies',
  FL: 'Formal Languages',
  GL: 'General Literature',
  GR: 'Graphics',
  GT: 'Computer Science and Game Theory',
  HC: 'Human-Computer Interaction',
  IR: 'Information Retrieval',
  IT: 'Information Theory',
  LG: 'Machine Learning',
  LO: 'Logic in Computer Science',
  MA: 'Multiagent Systems',
  MM: 'Multimedia',
  MS: 'Mathematical Software',
  NA: 'Numerical Analysis',
  NE: 'Neural and Evolutionary Computing',
  NI: 'Networking and Internet Architecture',
  OS: 'Operating Systems',
  PF: 'Performance',
  PL: 'Programming Languages',
  RO: 'Robotics',
  SC: 'Symbolic Computation',
  SD: 'Sound',
  SE: 'Software Engineering',
  SI: 'Social and Information Networks',
  SY: 'Systems and Control',
  'stat.ML': 'Machine Learning (Statistics)',
}));

/** Returns a readable name for a category code, or the code itself when it is not a known one. */
export function describeCategory(code: string): string {
  const bare = code.startsWith('cs.') ? code.slice(3) : code;
  // A Map, not an object literal: codes such as `constructor` or `__proto__` from data must not find inherited members.
  return CATEGORY_NAMES.get(bare) ?? CATEGORY_NAMES.get(code) ?? code;
}
