package app.haven.application;

import app.haven.domain.thread.RecipientGroup;
import java.util.List;
import java.util.Set;

/**
 * Whom the signed-in person may address (R1, R2, R15): who is pre-selected (a client's own
 * providers), everyone they may add, the groups they may use, and whether providers are closed to
 * them because they are an inactive client.
 */
public record AddressBook(List<Contact> preselected, List<Contact> addressable, Set<RecipientGroup> groups,
                          boolean providersUnavailable) {
}
