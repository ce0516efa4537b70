// The Coordinator module. Its types arrive with their issues.
enum Placeholder {}
