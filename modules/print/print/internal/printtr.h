#pragma once

#include <QCoreApplication>

namespace dojo::print::internal {

// The one translation context of every text the print module shows people.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dojo::print)
};

} // namespace dojo::print::internal
