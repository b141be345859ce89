import { headerSyntax } from './header-syntax';
import { jsonInvalid } from './json-invalid';
import { liquidSyntax } from './liquid-syntax';
import { requestLine } from './request-line';
import type { Check } from './types';

/** Every check, in the order their diagnostics are listed. */
export const allChecks: readonly Check[] = [requestLine, headerSyntax, liquidSyntax, jsonInvalid];
