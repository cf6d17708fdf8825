#pragma once

#include <QCoreApplication>

namespace dojo::storage::internal {

// The one translation context of every text the storage module shows people.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dojo::storage)
};

} // namespace dojo::storage::internal
