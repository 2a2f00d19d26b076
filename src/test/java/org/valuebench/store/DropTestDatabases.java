package org.valuebench.store;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Drops the PostgreSQL databases a test class made once the class is done (registered for every test run in
 * META-INF/services). A class's tests may reopen a database between tests (the same file, the same database), so
 * not sooner.
 */
public final class DropTestDatabases implements TestExecutionListener {
    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (identifier.getSource().filter(ClassSource.class::isInstance).isPresent()
                && identifier.getParentId().isPresent()) {
            TestPostgres.dropCreated();
        }
    }
}
