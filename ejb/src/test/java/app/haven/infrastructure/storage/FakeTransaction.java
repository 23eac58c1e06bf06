package app.haven.infrastructure.storage;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;

/** One transaction, or none, whose end the test decides: commit or roll back. */
final class FakeTransaction implements TransactionSynchronizationRegistry {

    private final List<Synchronization> synchronizations = new ArrayList<>();
    private boolean active = true;

    static FakeTransaction none() {
        FakeTransaction none = new FakeTransaction();
        none.active = false;
        return none;
    }

    void commit() {
        end(Status.STATUS_COMMITTED);
    }

    void rollBack() {
        end(Status.STATUS_ROLLEDBACK);
    }

    private void end(int status) {
        synchronizations.forEach(s -> s.afterCompletion(status));
        synchronizations.clear();
    }

    @Override
    public Object getTransactionKey() {
        return active ? this : null;
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
        synchronizations.add(sync);
    }

    @Override
    public int getTransactionStatus() {
        return active ? Status.STATUS_ACTIVE : Status.STATUS_NO_TRANSACTION;
    }

    @Override
    public void putResource(Object key, Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object getResource(Object key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setRollbackOnly() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean getRollbackOnly() {
        return false;
    }
}
