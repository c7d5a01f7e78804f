import ChartRender

// Placeholder until the CLI lands (Sources/chartr/CLI.swift).
print("chartr: not implemented yet")
