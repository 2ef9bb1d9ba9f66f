package org.pactum.api.client;

import org.pactum.api.Problem;

/** The service answered with an error; {@link #problem()} holds its problem details. */
public class PactumException extends RuntimeException {

    private final transient Problem problem;

    public PactumException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.getStatus();
    }
}
