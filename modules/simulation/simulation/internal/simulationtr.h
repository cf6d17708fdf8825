#pragma once

#include <QCoreApplication>

namespace dojo::simulation::internal {

// The one translation context of every text the simulation module shows people.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dojo::simulation)
};

} // namespace dojo::simulation::internal
