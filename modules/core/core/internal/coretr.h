#pragma once

#include <QCoreApplication>

namespace dojo::internal {

// The one translation context of every text the core module shows people.
struct CoreTr
{
    Q_DECLARE_TR_FUNCTIONS(dojo::core)
};

} // namespace dojo::internal
