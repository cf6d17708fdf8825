#pragma once

#include <core/result.h>

namespace dojo::storage {
class VenueRepository;
}

namespace dojo::venue {

// On the first start on an empty database: creates "Dojo Demo" (marked as demo) with 4
// tables of mixed sizes and 8 players, and remembers that it did, so that a venue that
// removed the demo never sees it again. True when this call created it.
Result<bool> ensureDemoVenue(storage::VenueRepository &venues);

} // namespace dojo::venue
