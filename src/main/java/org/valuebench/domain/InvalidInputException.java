package org.valuebench.domain;

/** A value breaks a rule of the domain; the message says which and why, in words for a user. */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }
}
