/**
 * The field Pubscope writes a paper's code link to, and reads it from. BibTeX styles skip fields they do not know,
 * so the link stays out of formatted bibliographies.
 */
export const CODE_FIELD = 'code';

/** The `code` value for a paper that has code at no known address. */
export const CODE_WITHOUT_URL = 'yes';
