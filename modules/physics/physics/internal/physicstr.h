#pragma once

#include <QCoreApplication>

namespace dojo::physics::internal {

// The one translation context of every text the physics module shows people.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dojo::physics)
};

} // namespace dojo::physics::internal
