// A skills programme as a coordinator sets it up: its name, the organisation codes staff choose
// from, the modules and instruments in it and the T2 interval. It travels to staff in a link whose
// settings sit in the URL fragment (after '#', never sent to any server) and in a QR code of it.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "content.hpp"
#include "problem.hpp"

namespace dl {

constexpr std::size_t kMaxProgrammeNameLength = 80;
constexpr std::size_t kMaxOrganisations = 60;
constexpr std::size_t kMaxOrganisationCodeLength = 16;   // an id: a-z, 0-9, '-'
constexpr std::size_t kMaxOrganisationNameLength = 60;
// The link must fit a QR code (at most 2331 bytes at level M) with room left for a page address of
// up to this many bytes; past that the fragment is too long (many organisations with long names).
constexpr std::size_t kPageAddressRoom = 200;

// One organisation staff can choose: the code goes into result files; the name is only shown on
// the device (e.g. "Kommun A, hemtjänst") and never leaves it in a result file.
struct Organisation {
  std::string code;
  std::string name;
  bool operator==(const Organisation& o) const { return code == o.code && name == o.name; }
};

struct Programme {
  std::string id;    // random code (make_participant_code), made when the programme is set up
  std::string name;  // shown to staff, 1..kMaxProgrammeNameLength characters
  std::vector<Organisation> organisations;  // 1..kMaxOrganisations, distinct codes, in list order
  std::vector<std::string> module_ids;      // modules of the catalog, at least one, in catalog order
  std::vector<std::string> instrument_ids;  // the self-assessment instrument and/or the manager survey
  int t2_interval_months = 4;               // 1..24
  // The coordinator's public key (base64url, 65-byte uncompressed P-256 point): result files of the
  // programme are sealed to it (sealed_file.hpp). "" for a programme set up before sealing.
  std::string public_key;
  bool operator==(const Programme& o) const;
};

// A new programme for the coordinator to set up: the random id `id`, every course and every
// instrument of the content, no name or organisation yet, the default follow-up interval.
Programme new_programme_draft(const std::string& id, const Catalog& catalog);

// One change the coordinator makes while setting a programme up. Organisations are addressed by
// their place in the list; a frame's edits come in the order they were made (a removal last).
namespace programme_edit {
struct SetName { std::string name; };
struct SetOrganisationCode { std::size_t index; std::string code; };
struct SetOrganisationName { std::size_t index; std::string name; };
struct AddOrganisation {};
struct RemoveOrganisation { std::size_t index; };
struct ToggleModule { std::string module_id; };          // in or out, the catalog's order kept
struct ToggleInstrument { std::string instrument_id; };  // the self-assessment or the survey
struct SetInterval { int months; };
}  // namespace programme_edit
using ProgrammeEdit =
    std::variant<programme_edit::SetName, programme_edit::SetOrganisationCode, programme_edit::SetOrganisationName,
                 programme_edit::AddOrganisation, programme_edit::RemoveOrganisation, programme_edit::ToggleModule,
                 programme_edit::ToggleInstrument, programme_edit::SetInterval>;
// The draft after one edit. An edit that does not apply (an organisation that is not there, a
// course or instrument the content lacks, more than kMaxOrganisations) changes nothing; the
// draft's other problems (an empty name, a bad code) are for check_programme to say.
Programme edit_programme(Programme draft, const ProgrammeEdit& edit, const Catalog& catalog);

// A code proposed from an organisation's name: "Norrdal Hemtjänst" -> "norrdal" (a–z, digits and
// hyphens, å/ä/ö as a/a/o, cut at a word to at most kMaxOrganisationCodeLength), made unique among
// the codes of the programme's other organisations ("-2", "-3" …). Empty for a name with no letter
// or digit. Setting an organisation's name sets its code to this while the code is empty or still
// the one proposed from the name before, so a code the coordinator typed is never changed.
std::string propose_organisation_code(const std::string& name, const Programme& programme, std::size_t index);

// Problems of a programme against the content: empty name, no organisation, duplicate or bad
// codes, unknown module or instrument, interval out of range, a link too long for a QR code
// (codes "programme.*", see docs/programme-link.md).
std::vector<Problem> check_programme(const Programme& programme, const Catalog& catalog);

// The fragment that carries the programme, without '#':
// "program=2&id=…&name=…&org=…&m=1-4,7&q=sm&t2=4&key=…" (percent-encoded UTF-8; readable, so a
// coordinator can see nothing personal travels in it). Courses go by their catalogue number and
// the instruments by letter, so the link stays short and its QR code sparse (docs/programme-link.md).
std::string programme_fragment(const Programme& programme, const Catalog& catalog);
// page_url without any fragment + "#" + programme_fragment.
std::string programme_link(const std::string& page_url, const Programme& programme, const Catalog& catalog);
// Reads a fragment (with or without the leading '#'). Nothing when the fragment holds no programme
// (problems stay empty) or when it is broken or does not fit the content (problems say why).
std::optional<Programme> parse_programme_fragment(std::string_view fragment, const Catalog& catalog,
                                                  std::vector<Problem>& problems);

// The content as a person in the programme sees it: only the programme's modules (paths keep the
// modules that remain), and the instrument / manager survey only when the programme has them.
Catalog restrict_catalog(const Catalog& catalog, const Programme& programme);

// A QR code of `text` (byte mode, error correction level M, smallest version that fits): size×size
// modules, row by row, true = dark. Empty when the text does not fit in a QR code.
constexpr std::size_t kMaxQrCodeBytes = 2331;  // version 40, level M, byte mode
struct QrCode {
  int size = 0;
  std::vector<bool> modules;
  bool dark(int x, int y) const { return modules[static_cast<std::size_t>(y * size + x)]; }
};
QrCode make_qr_code(const std::string& text);
// The QR code as a self-contained SVG (with a 4-module quiet zone), for the printable poster.
std::string qr_svg(const QrCode& code, int pixels_per_module = 8);

}  // namespace dl
