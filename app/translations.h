#pragma once

class QCoreApplication;

namespace dojo::app {

// Installs DojoPool's and Qt's own translations for the user's language, if there are any.
void installTranslations(QCoreApplication &application);

} // namespace dojo::app
