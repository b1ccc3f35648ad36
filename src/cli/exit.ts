// Exit codes, the same for every command.
export const EXIT_OK = 0;
/** Bad input: a file that is missing or has problems, or a README that is not up to date. */
export const EXIT_INPUT = 1;
/** The command line itself is wrong. */
export const EXIT_USAGE = 2;
