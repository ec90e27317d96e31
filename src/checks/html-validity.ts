import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One error of the Nu Html Checker: the file (relative to the checked directory), where, and what. */
export interface HtmlError {
	file: string;
	line?: number;
	message: string;
	extract?: string;
}

interface VnuMessage {
	type: string;
	subType?: string;
	url?: string;
	lastLine?: number;
	message: string;
	extract?: string;
}

/** The jar shipped by the `vnu-jar` package. */
export const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/**
 * Validates every HTML file under `dir` with the W3C Nu Html Checker (vnu.jar, which needs a Java
 * runtime: `java` on the PATH or JAVA_HOME) in one JVM, and returns its errors. Warnings are not
 * errors and are left out.
 */
export async function validateHtml(dir: string): Promise<HtmlError[]> {
	const java = process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java';
	const { code, stdout, stderr } = await run(java, ['-jar', VNU_JAR, '--errors-only', '--skip-non-html', '--format', 'json', '--exit-zero-always', dir]);
	if (code !== 0) throw new Error(`vnu.jar failed (exit ${code}): ${stderr || stdout}`);
	// vnu writes its JSON report to stderr.
	const report = JSON.parse(stderr || stdout) as { messages: VnuMessage[] };
	return report.messages
		.filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
		.map((m) => ({
			file: m.url ? relative(dir, fileURLToPath(m.url)) : '(unknown file)',
			line: m.lastLine,
			message: m.message,
			extract: m.extract?.trim(),
		}));
}

function run(command: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args);
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('error', (error) => reject(new Error(`cannot run ${command} for the Nu Html Checker: ${error.message}. Install a Java runtime (Debian: apt-get install -y openjdk-17-jre-headless) or set JAVA_HOME.`)));
		child.on('close', (code) => resolve({ code, stdout, stderr }));
	});
}
