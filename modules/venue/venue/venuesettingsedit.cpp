#include "venue/venuesettingsedit.h"

#include "venue/internal/venuetr.h"
#include "venue/venuemodel.h"

namespace dojo::venue {

VenueSettingsEdit::VenueSettingsEdit(const Venue &from, const Venue &to, const Actor &actor)
    : m_from(from)
    , m_to(to)
    , m_actor(actor)
{
    m_to.id = from.id;
}

QString VenueSettingsEdit::text() const
{
    return internal::Tr::tr("Change the settings of %1").arg(m_to.name);
}

Result<void> VenueSettingsEdit::apply(VenueModel &model)
{
    return model.setVenueSettings(m_to, m_actor);
}

Result<void> VenueSettingsEdit::revert(VenueModel &model)
{
    return model.setVenueSettings(m_from, m_actor);
}

} // namespace dojo::venue
