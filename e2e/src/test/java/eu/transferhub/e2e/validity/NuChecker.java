package eu.transferhub.e2e.validity;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;

/**
 * The Nu Html Checker ({@code nu.validator.validation.SimpleDocumentValidator}) in its own
 * class loader: the validator's class initialisation builds a Jetty 11 HTTP client, and the
 * test class path has Javalin's Jetty 12. The checker's jar and Jetty 11 are loaded from
 * {@code jars} first; everything else (the parser, the schemas, SAX) from the test class path.
 * Reflection is the price of the separate loader; the four calls are those of the checker's
 * own command-line client.
 */
final class NuChecker implements AutoCloseable {

    /** The checker's schema for HTML with everything it knows (SVG, MathML, ARIA, RDFa Lite). */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final URLClassLoader loader;
    private final Object validator;
    private final Method checkHtmlFile;

    NuChecker(List<Path> jars, ErrorHandler messages) throws ReflectiveOperationException, IOException {
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars) {
            urls.add(jar.toUri().toURL());
        }
        loader = new OwnFirst(urls.toArray(URL[]::new), NuChecker.class.getClassLoader());
        Class<?> type = Class.forName("nu.validator.validation.SimpleDocumentValidator", true, loader);
        validator = type.getConstructor(boolean.class, boolean.class, boolean.class).newInstance(true, false, false);
        call(type.getMethod("setUpMainSchema", String.class, ErrorHandler.class), SCHEMA, messages);
        call(type.getMethod("setUpValidatorAndParsers", ErrorHandler.class, boolean.class, boolean.class),
                messages, true, false);
        checkHtmlFile = type.getMethod("checkHtmlFile", File.class, boolean.class);
    }

    /** Checks one UTF-8 HTML file; its messages go to the handler given to the constructor. */
    void check(Path file) throws ReflectiveOperationException {
        call(checkHtmlFile, file.toFile(), true);
    }

    private void call(Method method, Object... args) throws ReflectiveOperationException {
        try {
            method.invoke(validator, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw new IllegalStateException("the Nu Html Checker failed: " + cause, cause);
            }
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }

    /** Loads what its own jars have before asking the parent. */
    private static final class OwnFirst extends URLClassLoader {

        OwnFirst(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null && !name.startsWith("java.") && !name.startsWith("javax.xml.")
                        && !name.startsWith("org.xml.")) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException e) {
                        loaded = null;
                    }
                }
                if (loaded == null) {
                    loaded = getParent().loadClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
