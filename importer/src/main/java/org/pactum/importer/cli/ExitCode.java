package org.pactum.importer.cli;

/** The command line's exit codes (documented in --help and docs/importer.md). */
public enum ExitCode {
    /** Every input was imported and the output written. */
    OK(0),
    /** The output was written, but some inputs were rejected (each reported on standard error). */
    SOME_REJECTED(1),
    /** The command line was wrong (unknown option, bad value, no input): nothing was done. */
    USAGE(2),
    /** The output could not be written; an --out file is left as it was. */
    OUTPUT_FAILED(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
