package eu.transferhub.generator.pipeline;

import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test with a Turkish default locale (where {@code "I".toLowerCase()} is a dotless ı)
 * and a far-away time zone, then restores both. The only place the generator's code base
 * changes these defaults: it proves the output does not depend on them.
 */
public final class TurkishLocale implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TurkishLocale.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put("locale", Locale.getDefault());
        context.getStore(NAMESPACE).put("zone", TimeZone.getDefault());
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Locale.setDefault(context.getStore(NAMESPACE).get("locale", Locale.class));
        TimeZone.setDefault(context.getStore(NAMESPACE).get("zone", TimeZone.class));
    }
}
