package org.valuebench.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import picocli.CommandLine;

/**
 * Builds command objects for picocli with constructor injection: a class with a {@link CommandContext}
 * constructor gets the context, anything else (help command, version provider) picocli's default factory.
 */
final class CommandFactory implements CommandLine.IFactory {
    private final CommandContext context;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(CommandContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Constructor<K> withContext;
        try {
            withContext = type.getDeclaredConstructor(CommandContext.class);
        } catch (NoSuchMethodException e) {
            return fallback.create(type);
        }
        try {
            return withContext.newInstance(context);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
