#pragma once

#include <core/result.h>

#include <QString>

namespace dojo::venue {

class VenueModel;

// One change the front desk makes and can take back (Edit, Undo). A plain object: the window
// wraps it in a QUndoCommand; the change itself is written through the VenueModel.
class VenueEdit
{
public:
    virtual ~VenueEdit() = default;

    // For the Edit menu: "Set Table 2 to “In play”".
    virtual QString text() const = 0;
    virtual Result<void> apply(VenueModel &model) = 0;
    virtual Result<void> revert(VenueModel &model) = 0;
};

} // namespace dojo::venue
