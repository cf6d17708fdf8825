#pragma once

#include <QCoreApplication>

namespace dojo::capture::internal {

// The one translation context of every text the capture module shows people.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dojo::capture)
};

} // namespace dojo::capture::internal
