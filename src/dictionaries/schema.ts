import { z } from 'astro/zod';
import type kk from './kk';

/** Every UI key; Kazakh (the source language) is the reference dictionary. */
export type UiKey = keyof typeof kk;
export type UiDictionary = Record<UiKey, string>;

/**
 * Builds a strict Zod schema from the reference keys: a dictionary missing a key, adding an unknown
 * one, or leaving one empty fails validation (and so the build, see dictionaries/index.ts).
 */
export function dictionarySchema(keys: readonly string[]) {
	return z.strictObject(Object.fromEntries(keys.map((key) => [key, z.string().trim().min(1)])));
}
