package app.haven.application;

import app.haven.domain.thread.RecipientGroup;
import java.util.List;
import java.util.Set;

/**
 * What the signed-in person's To field starts with (R1, R2, R15): who is pre-selected (a client's
 * own providers), the groups they may use, and whether providers are closed to them because they
 * are an inactive client. Everyone else they may add is found as they type
 * ({@code Messaging.suggestions}).
 */
public record AddressBook(List<Contact> preselected, Set<RecipientGroup> groups, boolean providersUnavailable) {
}
