package dev.migrationlsp.insight;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;

/** The navigation participants, one per language; workspace symbols list them in this order. */
public final class NavigationModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder<NavigationParticipant> participants =
                Multibinder.newSetBinder(binder(), NavigationParticipant.class);
        participants.addBinding().to(AlembicNavigation.class);
        participants.addBinding().to(PostgresNavigation.class);
        participants.addBinding().to(ClickHouseNavigation.class);
    }
}
