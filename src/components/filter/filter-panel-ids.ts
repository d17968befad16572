/** Id of the filter panel's heading, the target of "Filter ↓" on narrow screens. */
export const FILTER_TITLE_ID = 'filter-panel-title';
