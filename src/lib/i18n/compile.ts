// `npm run i18n`: the message functions for tools that do not run Vite (svelte-check).
import { compile } from '@inlang/paraglide-js';
import { PARAGLIDE_OPTIONS } from './paraglide-options';

await compile(PARAGLIDE_OPTIONS);
