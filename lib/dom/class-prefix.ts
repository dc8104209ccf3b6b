/**
 * A selector for `tag` elements with a class that starts with `prefix`: build-hashed class names
 * ("title-1aNJK", "index_job-title__Ok618") change with each release of a site, their prefix does not.
 */
export const classPrefix = (prefix: string, tag = '') => `${tag}[class^="${prefix}"], ${tag}[class*=" ${prefix}"]`;
