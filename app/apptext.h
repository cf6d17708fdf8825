#pragma once

#include <QCoreApplication>

namespace dojo::app {

// The one translation context of every message the app shows people.
struct AppText
{
    Q_DECLARE_TR_FUNCTIONS(dojo::app)
};

} // namespace dojo::app
