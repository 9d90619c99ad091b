#ifndef DYAD_STORE_SCHEMA_H_
#define DYAD_STORE_SCHEMA_H_

#include "store/sqlite.h"

namespace dyad::store {

constexpr int kSchemaVersion = 4;

// Creates the tables in an empty file, or checks that an existing one is a
// dyad store of kSchemaVersion. stored_window receives the dedup window the
// store was created with. Throws StoreError naming the file.
void prepare_schema(Db& db, bool readonly, int dedup_window_days, int& stored_window);

}  // namespace dyad::store

#endif  // DYAD_STORE_SCHEMA_H_
