#pragma once

#include "venue/floor.h"
#include "venue/staff.h"
#include "venue/venueedit.h"

namespace dojo::venue {

// The venue's name, currency, time zone, grace and lock minutes changed (a manager's action;
// a refusal is audited); undo puts back what they were.
class VenueSettingsEdit : public VenueEdit
{
public:
    VenueSettingsEdit(const Venue &from, const Venue &to, const Actor &actor);

    QString text() const override;
    Result<void> apply(VenueModel &model) override;
    Result<void> revert(VenueModel &model) override;

private:
    Venue m_from;
    Venue m_to;
    Actor m_actor;
};

} // namespace dojo::venue
