/** The few parts of piexifjs (which ships no types) that the photo fixtures use. */
declare module 'piexifjs' {
  type Rational = [number, number];
  const piexif: {
    GPSIFD: Record<'GPSLatitudeRef' | 'GPSLatitude' | 'GPSLongitudeRef' | 'GPSLongitude', number>;
    ExifIFD: Record<'DateTimeOriginal', number>;
    GPSHelper: { degToDmsRational(degrees: number): [Rational, Rational, Rational] };
    dump(exif: Record<string, Record<number, unknown>>): string;
    insert(exif: string, jpeg: string): string;
  };
  export default piexif;
}
