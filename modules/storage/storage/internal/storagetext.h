#pragma once

#include <QCoreApplication>

namespace dojo::storage::internal {

// The translation context of every message the storage module shows people.
struct StorageText
{
    Q_DECLARE_TR_FUNCTIONS(StorageText)
};

} // namespace dojo::storage::internal
