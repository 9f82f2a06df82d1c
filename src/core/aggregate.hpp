// The coordinator's workspace: many result files of one programme in, one merged record per
// participant code, and the workspace's own secret, from which every participant's record key for
// the protected tables is made (cell_key.hpp; report.hpp builds the tables).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sealed_file.hpp"
#include "content.hpp"
#include "problem.hpp"
#include "result_file.hpp"

namespace dl {

// One file given to the workspace and what became of it.
enum class ImportOutcome {
  added,      // a new participant
  updated,    // a participant already read: new rounds or later module figures taken in
  duplicate,  // nothing new: every round in it was read before (counted once)
  rejected,   // not read: `problems` says why; nothing in the workspace changed
};
struct ImportEntry {
  std::string file_name;
  ImportOutcome outcome = ImportOutcome::rejected;
  std::vector<Round> rounds_counted_once;  // rounds in the file already read from an earlier file
  std::vector<Problem> problems;           // why it was not read (empty unless rejected)
};

// The files a coordinator has read: one merged record per participant code (rounds by round, each
// round once; background, organisation, modules and manager answers from the latest exported file).
struct Workspace {
  std::map<std::string, ResultFile> participants;  // by participant code
  std::vector<ImportEntry> log;                    // one per file given, in order
  // The programme whose files this workspace reads ("" until the coordinator's programme or the
  // first file with a programme sets it). A file of another programme is refused.
  std::string programme;
  // Files made without a programme link are read only when the coordinator says so; they form a
  // group of their own in the tables.
  bool without_programme = false;
  // 64 hex digits (32 random bytes), made once per workspace and never published: the key of the
  // keyed hash that gives each participant a record key (workspace_key.hpp). "" until made.
  std::string secret;
  // The private key of the programme's key pair (base64url PKCS #8): it opens the result files
  // sealed to the programme (sealed_file.hpp). "" when this workspace has none.
  std::string sealing_key;
  bool operator==(const Workspace& o) const;
};

// Check one file and take it in. A bad file is logged with its reason and changes nothing else;
// a file of another programme ("result.other_programme") or without one while the workspace does
// not read those ("result.no_programme") is refused too. The first file with a programme sets the
// programme of a workspace that has none yet.
void import_result(Workspace& workspace, const std::string& file_name, const std::string& text,
                   const Catalog& catalog);
// import_result's check alone, for a reader that merges later (digilyft-report keeps the checked
// files on the disk and merges each participant's files with import_result): the parsed file, its
// programme taken as the workspace's when the workspace has none yet; or nothing, with `problems`
// saying why it would be refused. Adds no participant and no log entry.
std::optional<ResultFile> check_result(Workspace& workspace, const std::string& file_name, const std::string& text,
                                       const Catalog& catalog, std::vector<Problem>& problems);

// A sealed result file (sealed_file.hpp) this workspace may open with its sealing key: its
// envelope; or nothing, after logging why not (damaged, another programme's, no key here). Opening
// it is the platform's; what it holds then goes through import_result like any file.
std::optional<SealedFile> sealed_file_to_open(Workspace& workspace, const std::string& file_name,
                                              const std::string& text);
// Logs a file that was not read, with its reason (e.g. "result.sealed_wrong_key").
void log_refused(Workspace& workspace, const std::string& file_name, Problem problem);

// The workspace as it is kept in IndexedDB (JSON Lines: a line with the format, version, the
// programme, the secret and the log, then one compact result file per merged record), and read
// back (also versions 2 and 1, which had no programme and no secret). Reading checks every record again; a record that no longer fits the content is left
// out and named in `problems`.
std::string workspace_to_json(const Workspace& workspace);
std::optional<Workspace> workspace_from_json(const std::string& text, const Catalog& catalog,
                                             std::vector<Problem>& problems);

}  // namespace dl
