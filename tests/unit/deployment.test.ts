import { describe, expect, it } from 'vitest';
import { deploymentFromEnv } from '../../src/config/deployment';

describe('deploymentFromEnv: the deployer’s SITE and BASE', () => {
	it('without either: no origin, served at the root', () => {
		expect(deploymentFromEnv({})).toEqual({ site: undefined, base: '/' });
		expect(deploymentFromEnv({ SITE: ' ', BASE: '' })).toEqual({ site: undefined, base: '/' });
	});

	it('normalises an origin and a base path given with or without slashes', () => {
		expect(deploymentFromEnv({ SITE: 'https://example.github.io/', BASE: 'kz-migration' })).toEqual({ site: 'https://example.github.io', base: '/kz-migration/' });
		expect(deploymentFromEnv({ BASE: '/a/b/' }).base).toBe('/a/b/');
	});

	it('refuses a SITE with a path (it belongs in BASE), a non-http SITE and a BASE with odd characters', () => {
		expect(() => deploymentFromEnv({ SITE: 'https://example.github.io/kz-migration/' })).toThrow('put the path in BASE, e.g. SITE=https://example.github.io BASE=/kz-migration/');
		expect(() => deploymentFromEnv({ SITE: 'example.org' })).toThrow('is not a URL');
		expect(() => deploymentFromEnv({ SITE: 'ftp://example.org' })).toThrow('must be an http(s) URL');
		expect(() => deploymentFromEnv({ BASE: '/a b/' })).toThrow('must be a plain path');
		expect(() => deploymentFromEnv({ BASE: '/../x/' })).toThrow('must be a plain path');
	});
});
