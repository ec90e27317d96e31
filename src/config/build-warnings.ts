/**
 * Build warnings the project cannot fix and deliberately hides, so that a deployer sees a clean log
 * and any other warning stands out.
 *
 * MODULE_LEVEL_DIRECTIVE on "use astro:head-inject": Astro's MDX integration marks every content
 * entry with this directive, and Rolldown (Vite 8) warns once per MDX file that it may not be kept
 * when bundling. It is harmless (Astro reads the directive before bundling) and is Astro's to fix:
 * https://github.com/withastro/astro/issues/18087 — remove this filter when that issue is closed.
 */
export function isKnownAstroHeadInjectWarning(log: { code?: string; message?: string }): boolean {
	return log.code === 'MODULE_LEVEL_DIRECTIVE' && (log.message ?? '').includes('"use astro:head-inject"');
}
