package app.haven.application;

import java.util.Set;

/** The outcome of a successful sign-in: the principal name (the account id) and its groups. */
public record SignedIn(String principalName, Set<String> groups) {
}
