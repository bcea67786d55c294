namespace Goen.Core.Text;

internal static class Placeholder;
