package app.haven.domain.account;

import app.haven.domain.practice.PracticeId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person of one practice: a staff member (one or more staff roles) or a client (status, assigned
 * providers, and possibly a portal account). Who may sign in is decided here: enabled staff, and
 * clients with a portal account whatever their status (an inactive client may still sign in and
 * write to billing and the front office).
 */
@Entity
@Table(name = "account")
public class Account {

    /** The longest name an account may have (its column's length). */
    public static final int DISPLAY_NAME_LENGTH = 200;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "practice_id", nullable = false, length = 36, updatable = false)
    private String practiceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10, updatable = false)
    private AccountKind kind;

    @Column(name = "login", nullable = false, length = 100)
    private String login;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_LENGTH)
    private String displayName;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "password_hash", length = 255)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "portal_account", nullable = false)
    private boolean portalAccount;

    @Enumerated(EnumType.STRING)
    @Column(name = "client_status", length = 10)
    private ClientStatus clientStatus;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> staffRoles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "client_provider", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "provider_id", length = 36)
    private Set<String> providerIds = new HashSet<>();

    @Version
    @Column(name = "version")
    private long version;

    protected Account() {
        // for JPA
    }

    private Account(PracticeId practice, AccountKind kind, String login, String displayName, String email) {
        this.id = AccountId.random().toString();
        this.practiceId = Objects.requireNonNull(practice, "practice").toString();
        this.kind = kind;
        this.login = Logins.canonical(login);
        this.displayName = Objects.requireNonNull(displayName, "displayName").strip();
        this.email = EmailAddress.checked(email);
        this.enabled = true;
    }

    /** A staff member of the practice, holding at least one staff role. */
    public static Account staff(PracticeId practice, String login, String displayName, String email,
                                Set<Role> roles) {
        if (roles.isEmpty() || roles.contains(Role.CLIENT)) {
            throw new IllegalArgumentException("a staff member holds one or more staff roles");
        }
        Account account = new Account(practice, AccountKind.STAFF, login, displayName, email);
        account.staffRoles.addAll(roles);
        return account;
    }

    /** An active client of the practice, without a portal account until one is granted. */
    public static Account client(PracticeId practice, String login, String displayName, String email) {
        Account account = new Account(practice, AccountKind.CLIENT, login, displayName, email);
        account.clientStatus = ClientStatus.ACTIVE;
        return account;
    }

    public AccountId id() {
        return AccountId.of(id);
    }

    public PracticeId practiceId() {
        return PracticeId.of(practiceId);
    }

    public boolean belongsTo(PracticeId practice) {
        return practiceId.equals(practice.toString());
    }

    public String login() {
        return login;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public boolean isClient() {
        return kind == AccountKind.CLIENT;
    }

    public boolean isStaff() {
        return kind == AccountKind.STAFF;
    }

    /** The roles the account acts in: its staff roles, or {@link Role#CLIENT}. */
    public Set<Role> roles() {
        return isClient() ? EnumSet.of(Role.CLIENT) : Collections.unmodifiableSet(EnumSet.copyOf(staffRoles));
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    /** The security groups of the signed-in caller: the role names. */
    public Set<String> groups() {
        return roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<ClientStatus> clientStatus() {
        return Optional.ofNullable(clientStatus);
    }

    public boolean hasPortalAccount() {
        return portalAccount;
    }

    public Set<AccountId> assignedProviders() {
        return providerIds.stream().map(AccountId::of).collect(Collectors.toUnmodifiableSet());
    }

    /** Enabled staff, and clients with a portal account (active or not), may sign in. */
    public boolean maySignIn() {
        boolean allowed = isClient() ? portalAccount : enabled;
        return allowed && passwordHash != null;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Who gets "a secure message is waiting" e-mails (R9): whoever can sign in to read it. */
    public boolean receivesNotifications() {
        return maySignIn();
    }

    public Optional<String> passwordHash() {
        return Optional.ofNullable(passwordHash);
    }

    public void changePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
    }

    public void grantPortalAccount(String passwordHash) {
        requireClient();
        changePassword(passwordHash);
        this.portalAccount = true;
    }

    public void disable() {
        this.enabled = false;
    }

    public void deactivate() {
        requireClient();
        this.clientStatus = ClientStatus.INACTIVE;
    }

    public void reactivate() {
        requireClient();
        this.clientStatus = ClientStatus.ACTIVE;
    }

    /** Assigns a provider (therapist) of the same practice to this client. */
    public void assignProvider(Account provider) {
        requireClient();
        if (!provider.hasRole(Role.PROVIDER) || !provider.practiceId.equals(practiceId)) {
            throw new IllegalArgumentException("only a provider of the client's practice can be assigned");
        }
        providerIds.add(provider.id);
    }

    private void requireClient() {
        if (!isClient()) {
            throw new IllegalStateException("only a client has a status, providers and a portal account");
        }
    }
}
