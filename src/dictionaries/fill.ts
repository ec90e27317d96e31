/**
 * Puts values into a UI string's `{name}` placeholders: "«{query}»: {count}" → "«көші-қон»: 12".
 * A placeholder without a value stays as written, so that a missing value shows instead of vanishing.
 * Dependency-free: the browser code (search, Cite) imports it too.
 */
export function fillPlaceholders(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : placeholder));
}
