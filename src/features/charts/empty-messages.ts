/** Message each chart shows in place of its drawing when the filters leave no paper at all. */
export const NO_MATCH_MESSAGE = 'No paper matches the current filters.';
