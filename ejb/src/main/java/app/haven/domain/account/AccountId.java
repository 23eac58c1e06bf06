package app.haven.domain.account;

import app.haven.domain.shared.Ids;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Opaque id of an account; also the name of the signed-in caller's principal (never a login). */
public record AccountId(UUID value) {

    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    public static AccountId random() {
        return new AccountId(Ids.random());
    }

    public static AccountId of(String text) {
        return new AccountId(UUID.fromString(text));
    }

    /** An id received from outside; empty when the text is not an id at all. */
    public static Optional<AccountId> parse(String text) {
        return Optional.ofNullable(Ids.parseOrNull(text)).map(AccountId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
