package deliberation

// This file holds the small enumerations that describe a matter: where it
// came from, its level, its category, the consultation form, the roles of
// actors and the ratings of residents. Each has a stable English code for
// JSON and a Chinese label for people.

// Channel is how a matter reached the community (议题来源). The zero Channel
// is not valid.
type Channel uint8

// The channels the Chaoyang practice names (seed article; the 12345 hotline
// from the Beijing 接诉即办 regulation).
const (
	ChannelResident       Channel = 1 + iota // 居民提出: a resident in person
	ChannelWeChatGroup                       // 楼门微信群: a building WeChat group
	ChannelHotline                           // 12345热线: the 12345 citizen hotline
	ChannelGridWorker                        // 网格员: a grid worker's report
	ChannelOnlineHall                        // 网上议事厅: the online deliberation hall
	ChannelRepresentative                    // 议事代表: a deliberation representative
)

var channelText = [...]textEntry{
	ChannelResident:       {"resident", "居民提出"},
	ChannelWeChatGroup:    {"wechat_group", "楼门微信群"},
	ChannelHotline:        {"hotline_12345", "12345热线"},
	ChannelGridWorker:     {"grid_worker", "网格员"},
	ChannelOnlineHall:     {"online_hall", "网上议事厅"},
	ChannelRepresentative: {"representative", "议事代表"},
}

// IsValid reports whether c is a defined Channel.
func (c Channel) IsValid() bool { return c >= ChannelResident && c <= ChannelRepresentative }

// String returns the stable English code of c.
func (c Channel) String() string { return enumString(channelText[:], int(c), "Channel") }

// Label returns the Chinese name of c.
func (c Channel) Label() string { return enumLabel(channelText[:], int(c), "Channel") }

// MarshalText implements [encoding.TextMarshaler]; the zero value encodes as "".
func (c Channel) MarshalText() ([]byte, error) { return enumMarshal(channelText[:], int(c), "Channel") }

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the
// stable English code and "" for the zero value.
func (c *Channel) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(channelText[:], text, "Channel")
	if err == nil {
		*c = Channel(v)
	}
	return err
}

// ParseChannel parses a Channel from its stable English code.
func ParseChannel(text string) (Channel, error) {
	v, err := enumParse(channelText[:], text, "Channel")
	return Channel(v), err
}

// Level is a tier of governance: the scope of a matter (楼门, 小区, 社区), the
// level at which it is deliberated and handled, and the rungs of the
// escalation ladder above the community (街道, 区). Levels are ordered: a
// larger Level is higher. The zero Level is not valid.
type Level uint8

// The levels, from the lowest.
const (
	LevelBuilding  Level = 1 + iota // 楼门: a building or stairwell
	LevelCompound                   // 小区: a residential compound
	LevelCommunity                  // 社区: the community (residents' committee)
	LevelStreet                     // 街道: the street office
	LevelDistrict                   // 区: the district
)

var levelText = [...]textEntry{
	LevelBuilding:  {"building", "楼门"},
	LevelCompound:  {"compound", "小区"},
	LevelCommunity: {"community", "社区"},
	LevelStreet:    {"street", "街道"},
	LevelDistrict:  {"district", "区"},
}

// IsValid reports whether l is a defined Level.
func (l Level) IsValid() bool { return l >= LevelBuilding && l <= LevelDistrict }

// String returns the stable English code of l.
func (l Level) String() string { return enumString(levelText[:], int(l), "Level") }

// Label returns the Chinese name of l.
func (l Level) Label() string { return enumLabel(levelText[:], int(l), "Level") }

// MarshalText implements [encoding.TextMarshaler]; the zero value encodes as "".
func (l Level) MarshalText() ([]byte, error) { return enumMarshal(levelText[:], int(l), "Level") }

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the
// stable English code and "" for the zero value.
func (l *Level) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(levelText[:], text, "Level")
	if err == nil {
		*l = Level(v)
	}
	return err
}

// ParseLevel parses a Level from its stable English code.
func ParseLevel(text string) (Level, error) {
	v, err := enumParse(levelText[:], text, "Level")
	return Level(v), err
}

// Category is what a matter is about. A policy says, per category, which
// governance seats must attend its consultations. The zero Category is not
// valid.
type Category uint8

// The categories.
const (
	CategoryCommonParts     Category = 1 + iota // 共有部分: common parts of a building or compound
	CategoryEnvironment                         // 环境秩序: clutter, flyers, cleaning (Songliu)
	CategoryAccessibility                       // 无障碍: ramps, handrails, lifts (Huixinli)
	CategorySafety                              // 安全: fire exits, structural safety
	CategoryPropertyService                     // 物业服务: the property service provider's work
	CategoryParking                             // 停车: parking and traffic in the compound
	CategoryPublicService                       // 公共服务: services of the community or street
	CategoryOther                               // 其他
)

var categoryText = [...]textEntry{
	CategoryCommonParts:     {"common_parts", "共有部分"},
	CategoryEnvironment:     {"environment", "环境秩序"},
	CategoryAccessibility:   {"accessibility", "无障碍设施"},
	CategorySafety:          {"safety", "安全"},
	CategoryPropertyService: {"property_service", "物业服务"},
	CategoryParking:         {"parking", "停车"},
	CategoryPublicService:   {"public_service", "公共服务"},
	CategoryOther:           {"other", "其他"},
}

// IsValid reports whether c is a defined Category.
func (c Category) IsValid() bool { return c >= CategoryCommonParts && c <= CategoryOther }

// String returns the stable English code of c.
func (c Category) String() string { return enumString(categoryText[:], int(c), "Category") }

// Label returns the Chinese name of c.
func (c Category) Label() string { return enumLabel(categoryText[:], int(c), "Category") }

// MarshalText implements [encoding.TextMarshaler]; the zero value encodes as "".
func (c Category) MarshalText() ([]byte, error) {
	return enumMarshal(categoryText[:], int(c), "Category")
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the
// stable English code and "" for the zero value.
func (c *Category) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(categoryText[:], text, "Category")
	if err == nil {
		*c = Category(v)
	}
	return err
}

// ParseCategory parses a Category from its stable English code.
func ParseCategory(text string) (Category, error) {
	v, err := enumParse(categoryText[:], text, "Category")
	return Category(v), err
}

// Form is a form of consultation, as the seed article names them; it is
// also the channel by which a ballot reaches a vote. The zero Form is not
// valid.
type Form uint8

// The three consultation forms.
const (
	FormMeeting   Form = 1 + iota // 会议协商: a meeting
	FormCourtyard                 // 楼院协商: in the building or courtyard, door to door, on paper
	FormOnline                    // 线上协商: online
)

var formText = [...]textEntry{
	FormMeeting:   {"meeting", "会议协商"},
	FormCourtyard: {"courtyard", "楼院协商"},
	FormOnline:    {"online", "线上协商"},
}

// IsValid reports whether f is a defined Form.
func (f Form) IsValid() bool { return f >= FormMeeting && f <= FormOnline }

// String returns the stable English code of f.
func (f Form) String() string { return enumString(formText[:], int(f), "Form") }

// Label returns the Chinese name of f.
func (f Form) Label() string { return enumLabel(formText[:], int(f), "Form") }

// MarshalText implements [encoding.TextMarshaler]; the zero value encodes as "".
func (f Form) MarshalText() ([]byte, error) { return enumMarshal(formText[:], int(f), "Form") }

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the
// stable English code and "" for the zero value.
func (f *Form) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(formText[:], text, "Form")
	if err == nil {
		*f = Form(v)
	}
	return err
}

// ParseForm parses a Form from its stable English code.
func ParseForm(text string) (Form, error) {
	v, err := enumParse(formText[:], text, "Form")
	return Form(v), err
}

// Role is the capacity in which a person acts, besides any governance seat
// they act for. The zero Role means none.
type Role uint8

// The roles.
const (
	RoleResident       Role = 1 + iota // 居民: a resident (or owner) acting for themselves
	RoleRepresentative                 // 议事代表: a deliberation representative
	RoleSupervisor                     // 居民监督员: a residents' supervisor
	RoleMember                         // 成员: a member acting for the body of their seat
	RoleGridWorker                     // 网格员: a grid worker
	RoleOfficial                       // 街道/区职能部门: an official of the street or district
)

var roleText = [...]textEntry{
	RoleResident:       {"resident", "居民"},
	RoleRepresentative: {"representative", "议事代表"},
	RoleSupervisor:     {"supervisor", "居民监督员"},
	RoleMember:         {"member", "成员"},
	RoleGridWorker:     {"grid_worker", "网格员"},
	RoleOfficial:       {"official", "职能部门"},
}

// IsValid reports whether r is a defined Role.
func (r Role) IsValid() bool { return r >= RoleResident && r <= RoleOfficial }

// String returns the stable English code of r.
func (r Role) String() string { return enumString(roleText[:], int(r), "Role") }

// Label returns the Chinese name of r.
func (r Role) Label() string { return enumLabel(roleText[:], int(r), "Role") }

// MarshalText implements [encoding.TextMarshaler]; the zero value encodes as "".
func (r Role) MarshalText() ([]byte, error) { return enumMarshal(roleText[:], int(r), "Role") }

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the
// stable English code and "" for the zero value.
func (r *Role) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(roleText[:], text, "Role")
	if err == nil {
		*r = Role(v)
	}
	return err
}

// ParseRole parses a Role from its stable English code.
func ParseRole(text string) (Role, error) {
	v, err := enumParse(roleText[:], text, "Role")
	return Role(v), err
}

// Rating is a resident's evaluation of the outcome, the three answers of
// Beijing's 12345 return visits. The zero Rating is not valid.
type Rating uint8

// The ratings.
const (
	RatingSatisfied    Rating = 1 + iota // 满意
	RatingBasic                          // 基本满意
	RatingDissatisfied                   // 不满意
)

var ratingText = [...]textEntry{
	RatingSatisfied:    {"satisfied", "满意"},
	RatingBasic:        {"basically_satisfied", "基本满意"},
	RatingDissatisfied: {"dissatisfied", "不满意"},
}

// IsValid reports whether r is a defined Rating.
func (r Rating) IsValid() bool { return r >= RatingSatisfied && r <= RatingDissatisfied }

// String returns the stable English code of r.
func (r Rating) String() string { return enumString(ratingText[:], int(r), "Rating") }

// Label returns the Chinese name of r.
func (r Rating) Label() string { return enumLabel(ratingText[:], int(r), "Rating") }

// MarshalText implements [encoding.TextMarshaler]; the zero value encodes as "".
func (r Rating) MarshalText() ([]byte, error) { return enumMarshal(ratingText[:], int(r), "Rating") }

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the
// stable English code and "" for the zero value.
func (r *Rating) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(ratingText[:], text, "Rating")
	if err == nil {
		*r = Rating(v)
	}
	return err
}

// ParseRating parses a Rating from its stable English code.
func ParseRating(text string) (Rating, error) {
	v, err := enumParse(ratingText[:], text, "Rating")
	return Rating(v), err
}
