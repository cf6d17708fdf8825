#pragma once

#include <QCoreApplication>

namespace dojo::venue::internal {

// The one translation context of every text the venue module shows people.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dojo::venue)
};

} // namespace dojo::venue::internal
