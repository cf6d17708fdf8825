#pragma once

#include <QCoreApplication>

namespace dojo::vision::internal {

// The one translation context of every text the vision module shows people.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dojo::vision)
};

} // namespace dojo::vision::internal
