#pragma once

#include <QCoreApplication>

namespace dojo::app {

// The translation context of every message the app shows people.
struct AppText
{
    Q_DECLARE_TR_FUNCTIONS(AppText)
};

} // namespace dojo::app
